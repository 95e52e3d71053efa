// A row of labelled numbers (a result's counts, points, time), each with a tone for its colour.
export type FigureItem = { label: string; value: string; tone?: "right" | "wrong" | "blank" | "points" | "plain" };

export function Figures({ items }: { items: readonly FigureItem[] }) {
  return (
    <dl className="figures">
      {items.map((item) => (
        <div key={item.label} className={`figure figure-${item.tone ?? "plain"}`}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
