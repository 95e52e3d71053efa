// The outcome of a form: an error from the server (announced at once) or a confirmation.
type FormMessageProps = { kind: "error" | "success"; children: string };

export function FormMessage({ kind, children }: FormMessageProps) {
  return (
    <p className={`form-message form-message-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}
