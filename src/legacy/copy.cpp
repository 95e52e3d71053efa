#include "legacy/copy.hpp"

#include <map>
#include <set>

#include "legacy/rules.hpp"

namespace anzan::legacy {
namespace {

constexpr const char* kTableInfo = "SELECT name, upper(type), \"notnull\", dflt_value FROM pragma_table_info(?1)";
constexpr const char* kForeignKeys = "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)";

// Legacy rewards had no unique key; Anzan's is (user, badge type, month or ''). Keep the earliest.
constexpr const char* kFirstRewardsOnly = R"sql(
    WHERE rowid IN (SELECT rid FROM (SELECT rowid AS rid, ROW_NUMBER() OVER (
        PARTITION BY user_id, badge_type, %MONTH% ORDER BY earned_at, id) AS n FROM legacy_rewards) WHERE n = 1))sql";

Result<std::vector<ColumnInfo>> columns_of(const db::SqliteConnection& file, const std::string& table) {
    std::vector<ColumnInfo> columns;
    for (const auto& row : TRY(file.rows(kTableInfo, {table})))
        columns.push_back({row[0].value_or(""), row[1].value_or(""), row[2].value_or("0") != "0", row[3]});
    return columns;
}

bool is_instant(Conversion conversion) {
    return conversion == Conversion::IstInstant || conversion == Conversion::UtcInstant ||
           conversion == Conversion::TypedDate;
}

// Refuses values that datetime() cannot read: they would silently become NULL.
Result<void> check_timestamps(const db::SqliteConnection& file, const std::string& table, const std::string& column) {
    const std::string q = quote_identifier(column);
    const long long bad = TRY(file.integer("SELECT COUNT(*) FROM " + quote_identifier("legacy_" + table) + " WHERE " +
                                         q + " IS NOT NULL AND datetime(" + q + ") IS NULL"));
    if (bad == 0) return {};
    return Error::invalid("The legacy table " + table + " has " + std::to_string(bad) + " value(s) in " + column +
                          " that are not timestamps. Correct them with sqlite3, then run anzan migrate again");
}

Result<void> note_cleared_references(const db::SqliteConnection& file, const std::string& table, const std::string& column,
                                     const std::string& parent, std::vector<std::string>& notes) {
    const std::string q = quote_identifier(column);
    const long long cleared = TRY(file.integer("SELECT COUNT(*) FROM " + quote_identifier("legacy_" + table) + " WHERE " +
                                             q + " IS NOT NULL AND " + q + " NOT IN (SELECT id FROM " +
                                             quote_identifier(parent) + ")"));
    if (cleared > 0)
        notes.push_back(std::to_string(cleared) + " " + table + "." + column + " value(s) named a deleted " + parent +
                        " row and were set to NULL");
    return {};
}

std::string rewards_filter(const std::set<std::string>& legacy_columns) {
    std::string filter = kFirstRewardsOnly;
    const std::string month = legacy_columns.count("month_earned") ? "COALESCE(month_earned, '')" : "''";
    filter.replace(filter.find("%MONTH%"), 7, month);
    return filter;
}

}  // namespace

Result<TableCopy> copy_table(const db::SqliteConnection& file, const std::string& table, const std::string& now_utc,
                             std::vector<std::string>& notes) {
    const std::string legacy = "legacy_" + table;
    std::set<std::string> legacy_columns;
    for (const auto& column : TRY(columns_of(file, legacy))) legacy_columns.insert(column.name);
    std::map<std::string, std::string> parents;
    for (const auto& row : TRY(file.rows(kForeignKeys, {table}))) parents[row[0].value_or("")] = row[1].value_or("");

    std::string names, expressions;
    for (const auto& column : TRY(columns_of(file, table))) {
        const bool has = legacy_columns.count(column.name) > 0;
        if (has && is_instant(conversion_for(table, column))) TRY(check_timestamps(file, table, column.name));
        std::optional<std::string> nullable_parent;
        if (has && !column.not_null && parents.count(column.name)) {
            nullable_parent = parents[column.name];
            TRY(note_cleared_references(file, table, column.name, *nullable_parent, notes));
        }
        names += (names.empty() ? "" : ", ") + quote_identifier(column.name);
        expressions += (expressions.empty() ? "" : ", ") +
                       column_expression(table, column, has, now_utc, nullable_parent);
    }
    TableCopy copy{table};
    copy.legacy_rows = TRY(file.integer("SELECT COUNT(*) FROM " + quote_identifier(legacy)));
    const std::string filter = table == "rewards" ? rewards_filter(legacy_columns) : "";
    const std::string insert = "INSERT INTO " + quote_identifier(table) + " (" + names + ") SELECT " + expressions +
                               " FROM " + quote_identifier(legacy) + filter + " ORDER BY rowid";
    if (auto inserted = file.exec(insert); !inserted)
        return Error::invalid("The legacy table " + table + " has rows Anzan cannot hold (" + inserted.error().detail +
                              "). Correct them with sqlite3, then run anzan migrate again");
    copy.copied = sqlite3_changes(file.handle());
    copy.dropped = copy.legacy_rows - copy.copied;
    if (copy.dropped != 0 && table != "rewards")
        return Error::internal("the legacy table " + table + " lost rows while being copied");
    if (copy.dropped > 0)
        notes.push_back(std::to_string(copy.dropped) + " duplicate reward row(s) removed (the earliest of each kept)");
    return copy;
}

}  // namespace anzan::legacy
