// Which students a reset covers: one branch or all, one course or all.
import { kBranches, kCourses, type ResetScope } from "../api";

type ResetScopeFormProps = { scope: ResetScope; disabled: boolean; onChange: (scope: ResetScope) => void };

export function ResetScopeForm({ scope, disabled, onChange }: ResetScopeFormProps) {
  return (
    <div className="form-grid" role="group" aria-label="Scope">
      <div className="field">
        <label htmlFor="reset-branch">Branch</label>
        <select id="reset-branch" value={scope.branch ?? ""} disabled={disabled}
          onChange={(event) => onChange({ ...scope, branch: event.target.value || undefined })}>
          <option value="">All branches</option>
          {kBranches.map((branch) => (
            <option key={branch} value={branch}>{branch}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reset-course">Course</label>
        <select id="reset-course" value={scope.course ?? ""} disabled={disabled}
          onChange={(event) => onChange({ ...scope, course: event.target.value || undefined })}>
          <option value="">All courses</option>
          {kCourses.map((course) => (
            <option key={course} value={course}>{course}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
