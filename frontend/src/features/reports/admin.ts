// The administrator's side of the reports: the templates of the notice and of a commune's appendix. An entry
// of its own, so the reports page's chunk does not carry the editor.
export { ReportTemplates } from './components/TemplateEditor';
