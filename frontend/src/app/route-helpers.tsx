import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { PageSkeleton } from '@/components/ui';
import { loadChunk, type ReloadOptions } from '@/lib/release/chunk-reload';
import { RouteError } from './RouteError';

type PageModule = { default: ComponentType };

/**
 * A route's page as its own chunk (React Router's `lazy`), downloaded together with what the page
 * needs before it can render (the texts of its area), and reloaded once if it is gone after a release.
 */
export function page(
  load: () => Promise<PageModule>,
  before: () => Promise<unknown> = () => Promise.resolve(),
  reload?: ReloadOptions,
) {
  return async () => {
    const [module] = await Promise.all([loadChunk(load, reload), loadChunk(before, reload)]);
    return { Component: module.default };
  };
}

/**
 * An area of the app (learner, public, manager, admin): its own error boundary inside the layout, and
 * a fixed-size skeleton while the first page's chunk downloads.
 */
export function area(id: string, children: RouteObject[]): RouteObject {
  return { id, errorElement: <RouteError />, hydrateFallbackElement: <PageSkeleton />, children };
}
