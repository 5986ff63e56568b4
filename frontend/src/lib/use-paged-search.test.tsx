import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { filterOptions, Select } from '@/components/ui';
import { renderWithProviders } from '@/testing/render';
import { usePageFilter, usePagedSearch } from './use-paged-search';

/** A paged list's filters as the app's lists use them: a page, and a select that filters it. */
function Filtered() {
  const paged = usePagedSearch();
  const [kind, kindFilter] = usePageFilter<'' | 'SCHOOL' | 'AGENCY'>('', paged.setPage);
  const label = (k: 'SCHOOL' | 'AGENCY') => (k === 'SCHOOL' ? 'Trường' : 'Cơ quan');
  return (
    <>
      <Select id="kind" label="Loại" {...kindFilter} options={filterOptions('Tất cả', ['SCHOOL', 'AGENCY'], label)} />
      <p>
        Trang {paged.page}, loại {kind || 'mọi'}
      </p>
      <button type="button" onClick={() => paged.setPage(paged.page + 1)}>
        Trang sau
      </button>
    </>
  );
}

describe("a paged list's filter", () => {
  it('offers "all" first, then each value, and goes back to page 1 when another value is chosen', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Filtered />);
    const select = screen.getByRole('combobox', { name: 'Loại' });
    expect([...select.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Tất cả'],
      ['SCHOOL', 'Trường'],
      ['AGENCY', 'Cơ quan'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(screen.getByText('Trang 3, loại mọi')).toBeInTheDocument();
    await user.selectOptions(select, 'Trường');
    expect(screen.getByText('Trang 1, loại SCHOOL')).toBeInTheDocument();
  });
});
