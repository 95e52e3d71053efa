"""Concurrent practice writer for the concurrency test: until STOP_FILE exists, credits random
students one practice session at a time, the way the server does: session + attempt + ledger row
+ balance + leaderboard in ONE transaction. Prints the number of commits and errors."""
import os
import random
import sqlite3
import sys

db, stop_file, started_file = sys.argv[1], sys.argv[2], sys.argv[3]
con = sqlite3.connect(db, timeout=120, isolation_level=None)
con.execute("PRAGMA foreign_keys = ON")
con.execute("PRAGMA busy_timeout = 120000")
users = [row[0] for row in con.execute("SELECT id FROM users WHERE role = 'student'")]
rng = random.Random(7)
commits = errors = 0
while not os.path.exists(stop_file):
    user = rng.choice(users)
    try:
        con.execute("BEGIN IMMEDIATE")
        session_id = con.execute(
            "INSERT INTO practice_sessions (user_id, operation_type, difficulty_mode, total_questions,"
            " correct_answers, points_earned, completed_at) VALUES (?, 'concurrent', 'easy', 10, 10, 60,"
            " CURRENT_TIMESTAMP)", (user,)).lastrowid
        con.execute("INSERT INTO attempts (session_id, question_data, correct_answer, question_number)"
                    " VALUES (?, '{}', 1, 1)", (session_id,))
        con.execute("INSERT INTO points_logs (user_id, points, source_type, source_id, description, idempotency_key)"
                    " VALUES (?, 60, 'mental_math', ?, 'concurrent', ?)", (user, session_id, f"concurrent:{session_id}"))
        con.execute("UPDATE users SET total_points = total_points + 60,"
                    " total_questions_attempted = total_questions_attempted + 10 WHERE id = ?", (user,))
        con.execute("UPDATE leaderboard SET total_points = total_points + 60 WHERE user_id = ?", (user,))
        con.execute("COMMIT")
        commits += 1
        if commits == 20:
            open(started_file, "w").close()
    except sqlite3.Error as e:
        errors += 1
        print(f"writer error: {e}", file=sys.stderr)
        try:
            con.execute("ROLLBACK")
        except sqlite3.Error:
            pass
print(commits, errors)
