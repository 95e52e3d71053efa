// A titled panel: the building block of every page.
import type { ReactNode } from "react";

type CardProps = { title?: string; actions?: ReactNode; className?: string; children: ReactNode };

export function Card({ title, actions, className, children }: CardProps) {
  return (
    <section className={`card${className ? ` ${className}` : ""}`}>
      {(title !== undefined || actions !== undefined) && (
        <header className="card-header">
          {title !== undefined && <h2>{title}</h2>}
          {actions}
        </header>
      )}
      {children}
    </section>
  );
}
