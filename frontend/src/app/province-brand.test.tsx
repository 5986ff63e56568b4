import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { page } from '@/testing/learning-fixtures';
import { hue, json, mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

/**
 * A deployment of another province whose config.js names only its key (HOCVUSO_PROVINCE=hue, no
 * HOCVUSO_PROVINCE_NAME): the app names the province as its row of the API does, and the build's
 * Quảng Ngãi, as the first paint does, until then.
 */
vi.mock('@/lib/config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/config')>();
  return { ...actual, config: { ...actual.config, province: 'hue' } };
});

const noCourses = () => json(page([]));
const brand = () => screen.getByRole('link', { name: /^Học vụ số/ });

describe("the deployment's province (config.js's province, its row of the API)", () => {
  it('names it in the header, the footer and the home page, and gives its support line', async () => {
    const api = mockApi({
      'GET /api/v1/courses': noCourses,
      'GET /api/v1/provinces/hue': () => reply('Province', hue),
    });
    renderApp('/');
    await waitFor(() => expect(brand()).toHaveTextContent('Học vụ sốThành phố Huế'));
    expect(
      screen.getByText('Cổng học kỹ năng số của thành phố Huế – phong trào “Bình dân học vụ số”.'),
    ).toBeInTheDocument();
    expect(await screen.findByText(/người lao động và cán bộ thành phố Huế học các kỹ năng số/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0234 3822 123' })).toHaveAttribute('href', 'tel:02343822123');
    expect(document.body).not.toHaveTextContent('Quảng Ngãi');
    const asked = api.requests.find((r) => r.path === '/api/v1/provinces/hue');
    // a public answer: asked without the session's token, so caches may share it
    expect(asked?.headers.get('Authorization')).toBeNull();
  });

  it('says "city" in English for a centrally governed city', async () => {
    mockApi({ 'GET /api/v1/courses': noCourses, 'GET /api/v1/provinces/hue': () => reply('Province', hue) });
    const user = userEvent.setup();
    renderApp('/');
    await waitFor(() => expect(brand()).toHaveTextContent('Thành phố Huế'));
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(brand()).toHaveTextContent('Học vụ sốHuế city'));
    expect(
      screen.getByText('The digital skills portal of Huế city – the “Digital literacy for all” movement.'),
    ).toBeInTheDocument();
    expect(await screen.findByText(/public servants of Huế learn basic digital skills/)).toBeInTheDocument();
    expect(screen.getByText('Support line:')).toBeInTheDocument();
  });

  it('keeps the first paint’s name while the row is on its way', async () => {
    mockApi({ 'GET /api/v1/courses': noCourses, 'GET /api/v1/provinces/hue': () => new Promise<Response>(() => {}) });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(brand()).toHaveTextContent('Học vụ sốTỉnh Quảng Ngãi');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(/của tỉnh Quảng Ngãi/)).toBeInTheDocument();
    // no support line is made up
    expect(within(footer).queryByRole('link')).not.toBeInTheDocument();
  });

  it('keeps it when the API cannot answer, and the page works as before', async () => {
    const api = mockApi({
      'GET /api/v1/courses': noCourses,
      'GET /api/v1/provinces/hue': () => problem(503, 'service_unavailable', 'Hệ thống đang bảo trì.'),
    });
    renderApp('/');
    expect(await screen.findByText('Hiện chưa có khóa học nào mở.')).toBeInTheDocument();
    await waitFor(() => expect(api.requests.some((r) => r.path === '/api/v1/provinces/hue')).toBe(true));
    expect(brand()).toHaveTextContent('Học vụ sốTỉnh Quảng Ngãi');
    expect(screen.getByText(/cán bộ tỉnh Quảng Ngãi học các kỹ năng số/)).toBeInTheDocument();
  });
});
