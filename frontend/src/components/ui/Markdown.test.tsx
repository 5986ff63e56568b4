import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('lesson Markdown', () => {
  it('renders headings from h2, lists, quotes, emphasis and code', () => {
    render(
      <Markdown
        source={
          '# Tiêu đề\n\n#### Mục nhỏ\n\n- một\n- **hai**\n\n3. ba\n4. bốn\n\n> Lưu ý _quan trọng_\n\nGõ `*123#` để xem.'
        }
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Tiêu đề' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Mục nhỏ' })).toBeInTheDocument();
    expect(screen.getByText('hai', { selector: 'strong' })).toBeInTheDocument();
    expect(document.querySelector('ol')).toHaveAttribute('start', '3');
    expect(screen.getByText('quan trọng', { selector: 'em' })).toBeInTheDocument();
    expect(screen.getByText('*123#', { selector: 'code' })).toBeInTheDocument();
  });

  it('keeps safe links and turns unsafe ones into plain text', () => {
    render(
      <Markdown source={'Xem [Cổng Dịch vụ công](https://dichvucong.gov.vn) hoặc [bấm đây](javascript:alert(1)).'} />,
    );
    const link = screen.getByRole('link', { name: 'Cổng Dịch vụ công' });
    expect(link).toHaveAttribute('href', 'https://dichvucong.gov.vn');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'bấm đây' })).toBeNull();
    expect(screen.getByText(/bấm đây/)).toBeInTheDocument();
  });

  it('shows HTML in the text as text', () => {
    const { container } = render(<Markdown source={'<img src=x onerror="alert(1)"> và <b>đậm</b>'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> và <b>đậm</b>');
  });
});
