import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

export type ReportTemplate = components['schemas']['ReportTemplate'];
export type ReportTemplateUpdate = components['schemas']['ReportTemplateUpdate'];
export type TemplateKind = ReportTemplate['kind'];

export const templateKeys = {
  all: ['report-templates'] as const,
};

/** The two editable templates (the notice, a commune's appendix), the built-in default where none was saved. */
export function useReportTemplates() {
  return useQuery({
    queryKey: templateKeys.all,
    queryFn: () => call(api.GET('/api/v1/admin/report-templates')),
  });
}

export function useSaveTemplate() {
  return useRefreshingMutation(templateKeys.all, ({ kind, body }: { kind: TemplateKind; body: ReportTemplateUpdate }) =>
    call(api.PUT('/api/v1/admin/report-templates/{kind}', { params: { path: { kind } }, body })),
  );
}

/** Back to the built-in default (the saved one is dropped). */
export function useResetTemplate() {
  return useRefreshingMutation(templateKeys.all, (kind: TemplateKind) =>
    call(api.DELETE('/api/v1/admin/report-templates/{kind}', { params: { path: { kind } } })),
  );
}
