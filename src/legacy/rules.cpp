#include "legacy/rules.hpp"

#include <array>
#include <string_view>

namespace anzan::legacy {
namespace {

// Money columns (FLOAT rupees in legacy, BIGINT paise in Anzan). Seeds are BIGINT too, so the
// names are listed rather than inferred from the type.
constexpr std::array<std::string_view, 7> kMoneyColumns = {
    "fee_amount", "custom_fee_amount", "discount_amount", "effective_fee_amount",
    "amount", "balance_before", "balance_after"};

// INTEGER columns with CHECK (x IN (0, 1)); table_info does not show the CHECK.
constexpr std::array<std::string_view, 9> kBooleanColumns = {
    "is_active", "email_verified", "is_correct", "is_lifetime", "qualified",
    "grace_protected", "t_shirt_worn", "is_completed", "is_partial"};

// Instants that the legacy web client typed as dates (admin.md 0.1, bug B3).
constexpr std::array<std::string_view, 7> kTypedDateColumns = {
    "session_date", "join_date", "finish_date", "date_issued", "start_date", "end_date", "payment_date"};

template <size_t N>
bool listed(const std::array<std::string_view, N>& names, const std::string& name) {
    for (auto candidate : names)
        if (candidate == name) return true;
    return false;
}

std::string quote_literal(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string default_expression(const ColumnInfo& target, const std::string& now_utc) {
    if (!target.default_sql) return "NULL";
    if (*target.default_sql == "CURRENT_TIMESTAMP") return quote_literal(now_utc);
    return *target.default_sql;
}

}  // namespace

std::string quote_identifier(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

Conversion conversion_for(const std::string& table, const ColumnInfo& column) {
    if (table == "users" && column.name == "google_id") return Conversion::BlankToNull;
    if (listed(kMoneyColumns, column.name) && column.type == "BIGINT") return Conversion::Money;
    if (listed(kBooleanColumns, column.name)) return Conversion::Boolean;
    if (column.type != "DATETIME") return Conversion::Copy;
    if (table == "fee_transactions" && column.name == "created_at") return Conversion::UtcInstant;
    if (listed(kTypedDateColumns, column.name)) return Conversion::TypedDate;
    return Conversion::IstInstant;
}

std::string converted(const std::string& column, Conversion conversion) {
    switch (conversion) {
        case Conversion::Copy: return column;
        case Conversion::IstInstant: return "datetime(" + column + ", '-5 hours', '-30 minutes')";
        case Conversion::UtcInstant: return "datetime(" + column + ")";
        // 18:30:00 exactly is IST midnight already written as UTC digits (B3); anything else is IST.
        case Conversion::TypedDate:
            return "(CASE WHEN strftime('%H:%M:%S', " + column + ") = '18:30:00' THEN datetime(" + column +
                   ") ELSE datetime(" + column + ", '-5 hours', '-30 minutes') END)";
        case Conversion::Money: return "CAST(ROUND(" + column + " * 100) AS INTEGER)";
        case Conversion::Boolean:
            return "(CASE WHEN " + column + " IS NULL THEN NULL WHEN " + column + " THEN 1 ELSE 0 END)";
        case Conversion::BlankToNull: return "NULLIF(TRIM(" + column + "), '')";
    }
    return column;
}

std::string column_expression(const std::string& table, const ColumnInfo& target, bool legacy_has_column,
                              const std::string& now_utc, const std::optional<std::string>& nullable_parent) {
    if (!legacy_has_column) return default_expression(target, now_utc);
    std::string value = converted(quote_identifier(target.name), conversion_for(table, target));
    if (nullable_parent)
        value = "(CASE WHEN " + value + " IN (SELECT id FROM " + quote_identifier(*nullable_parent) + ") THEN " +
                value + " END)";
    if (target.not_null && target.default_sql)
        value = "COALESCE(" + value + ", " + default_expression(target, now_utc) + ")";
    return value;
}

}  // namespace anzan::legacy
