/** A labelled progress bar: the words say the figure, the bar only shows it. */
export function ProgressBar({ value, label, text }: { value: number; label: string; text: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${clamped}%` }} />
      </div>
      <p className="progress__text">{text}</p>
    </div>
  );
}
