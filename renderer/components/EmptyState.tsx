import type { ReactNode } from 'react';

export type EmptyStateProps = {
  title: string;
  body: string;
  children?: ReactNode;
};

export function EmptyState({ title, body, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      <p>{body}</p>
      {children && <div className="empty-actions">{children}</div>}
    </div>
  );
}
