// What a reset deletes and what it keeps, in the words of the database reset guide.
const kDeleted = [
  "All practice sessions and attempts",
  "All paper attempts",
  "All badges and rewards",
  "All user points, streaks, and statistics",
  "All leaderboard data",
];

const kKept = [
  "User accounts",
  "Student profiles",
  "Attendance records",
  "Class sessions",
  "Class schedules",
  "Fee plans and assignments",
  "Fee transactions",
  "Certificates",
  "Profile audit logs",
];

export function ResetLists() {
  return (
    <div className="grid-2 reset-lists">
      <section className="reset-list reset-list-deleted" aria-labelledby="reset-deleted">
        <h3 id="reset-deleted">This will be permanently deleted</h3>
        <ul>
          {kDeleted.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="reset-list reset-list-kept" aria-labelledby="reset-kept">
        <h3 id="reset-kept">This will be kept</h3>
        <ul>
          {kKept.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
