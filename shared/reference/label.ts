// Reference data carries its official Chinese term next to the one English
// name the project uses for it, so reports and exports can print either
// without depending on the UI's locale files.
export interface BilingualLabel {
  readonly zh: string;
  readonly en: string;
}
