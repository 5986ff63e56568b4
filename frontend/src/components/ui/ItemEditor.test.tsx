import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openArea } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { AddOrEdit, RowActions, type Editing } from './ItemEditor';

interface Item {
  id: number;
  name: string;
}

const items: Item[] = [
  { id: 1, name: 'Chỉ tiêu A' },
  { id: 2, name: 'Chỉ tiêu B' },
];

/** An editor's list as the app's are built: the add-or-edit slot, then each item with its buttons. */
function Editor({ onDanger }: { onDanger: (item: Item) => void }) {
  const [editing, setEditing] = useState<Editing<Item>>(null);
  return (
    <>
      <AddOrEdit editing={editing} onEdit={setEditing} addLabel="Thêm">
        {(item, done) => (
          <form aria-label={item ? `Sửa ${item.name}` : 'Mới'}>
            <input aria-label="Tên" defaultValue={item?.name ?? ''} />
            <button type="button" onClick={done}>
              Xong
            </button>
          </form>
        )}
      </AddOrEdit>
      {items.map((item) => (
        <RowActions
          key={item.id}
          onEdit={() => setEditing(item)}
          editLabel={`Sửa “${item.name}”`}
          danger="Xóa"
          onDanger={() => onDanger(item)}
          dangerLabel={`Xóa “${item.name}”`}
        />
      ))}
    </>
  );
}

beforeAll(() => openArea('manager'));

describe("an editor list's add-or-edit slot and row buttons", () => {
  it('shows the add button, or the form of what is edited (a new one empty), drawn afresh for another item', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Editor onDanger={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Thêm' }));
    expect(screen.getByRole('form', { name: 'Mới' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm' })).toBeNull();
    expect(screen.getByLabelText('Tên')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Sửa “Chỉ tiêu A”' }));
    expect(screen.getByLabelText('Tên')).toHaveValue('Chỉ tiêu A');
    await user.type(screen.getByLabelText('Tên'), ' đổi');
    await user.click(screen.getByRole('button', { name: 'Sửa “Chỉ tiêu B”' }));
    expect(screen.getByRole('form', { name: 'Sửa Chỉ tiêu B' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên')).toHaveValue('Chỉ tiêu B');

    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Thêm' })).toBeInTheDocument();
  });

  it('shows "Sửa" and the destructive word, named after their item, the destructive one only asking', async () => {
    const user = userEvent.setup();
    const onDanger = vi.fn();
    renderWithProviders(<Editor onDanger={onDanger} />);

    const remove = screen.getByRole('button', { name: 'Xóa “Chỉ tiêu B”' });
    expect(remove).toHaveTextContent('Xóa');
    expect(remove).toHaveClass('btn--danger');
    expect(screen.getByRole('button', { name: 'Sửa “Chỉ tiêu A”' })).toHaveTextContent('Sửa');
    await user.click(remove);
    expect(onDanger).toHaveBeenCalledExactlyOnceWith(items[1]);
  });
});
