// How each column of a legacy table becomes a column of Anzan's table: pure functions that build
// the SQLite expression used in `INSERT INTO <table> SELECT <expressions> FROM legacy_<table>`.
// No database access, no clock (`now` is a parameter). Safe to call from any thread.
#pragma once
#include <optional>
#include <string>

namespace anzan::legacy {

// One column of a table, as `PRAGMA table_info` describes it.
struct ColumnInfo {
    std::string name;
    std::string type;                        // declared type, upper case ("DATETIME", "BIGINT" …)
    bool not_null = false;
    std::optional<std::string> default_sql;  // the DEFAULT clause's expression, as written
};

enum class Conversion {
    Copy,         // the value as it is
    IstInstant,   // naive IST wall-clock text → UTC text, whole seconds
    UtcInstant,   // naive UTC text (fee_transactions.created_at) → whole seconds
    TypedDate,    // a date typed in the legacy web client: IST midnight, or its B3-drifted UTC digits
    Money,        // FLOAT rupees → BIGINT paise, rounded half away from zero
    Boolean,      // anything truthy → 1, falsy → 0, NULL stays NULL
    BlankToNull,  // users.google_id: '' means "none" and must not collide in the unique index
};

// The conversion for `column` of Anzan's `table`.
Conversion conversion_for(const std::string& table, const ColumnInfo& column);

// The SELECT expression for `target`, read from the legacy column of the same name when
// `legacy_has_column`, else the column's default. A NOT NULL column with a default falls back to
// it when the legacy value is NULL. `now_utc` (storage text, "YYYY-MM-DD HH:MM:SS") stands in for
// CURRENT_TIMESTAMP, so every row of one upgrade gets the same instant. `nullable_parent`, for a
// nullable foreign key, names the (already filled) parent table: a reference to a row that no
// longer exists becomes NULL, as ON DELETE SET NULL would have made it.
std::string column_expression(const std::string& table, const ColumnInfo& target, bool legacy_has_column,
                              const std::string& now_utc, const std::optional<std::string>& nullable_parent);

// The expression converting the legacy column `column` (quoted name) by `conversion`.
std::string converted(const std::string& column, Conversion conversion);

// A double-quoted SQL identifier.
std::string quote_identifier(const std::string& name);

}  // namespace anzan::legacy
