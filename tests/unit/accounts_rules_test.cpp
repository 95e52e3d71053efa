// Account rules: e-mail normalisation, display names, who ADMIN_EMAILS makes admin.
#include <gtest/gtest.h>

#include "accounts/rules.hpp"

namespace anzan::accounts {
namespace {

TEST(AccountRules, EmailsAreTrimmedAndLowerCased) {
    EXPECT_EQ(*normalize_email("  Asha@Academy.IN "), "asha@academy.in");
    for (const char* bad : {"", "no-at", "@x.co", "a@b", "a@b.", "a b@c.co", "a@@b.co", "a@b.co,c@d.co"})
        EXPECT_FALSE(normalize_email(bad).has_value()) << bad;
}

TEST(AccountRules, DisplayNamesAreOneToFiftyCharacters) {
    struct Row { std::string input; bool ok; std::string expected; };
    const std::vector<Row> rows = {
        {"Aarav", true, "Aarav"},
        {"  spaced  ", true, "spaced"},
        {std::string(50, 'x'), true, std::string(50, 'x')},
        {std::string(51, 'x'), false, ""},
        {"", false, ""},
        {"   ", false, ""},
        {"आरव शर्मा", true, "आरव शर्मा"},                      // counted in characters, not bytes
        {std::string(50, 'x').replace(0, 1, "é"), true, std::string(50, 'x').replace(0, 1, "é")},
        {"tab\there", false, ""},
        {"bad \xff utf8", false, ""},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.input);
        const auto result = validate_display_name(row.input);
        EXPECT_EQ(result.has_value(), row.ok);
        if (row.ok && result) {
            EXPECT_EQ(*result, row.expected);
        }
    }
}

TEST(AccountRules, AdminEmailsNeedAVerifiedAddress) {
    const std::vector<std::string> admins = {"boss@academy.in"};
    EXPECT_TRUE(grants_admin("Boss@Academy.in", true, admins));
    EXPECT_FALSE(grants_admin("boss@academy.in", false, admins));
    EXPECT_FALSE(grants_admin("other@academy.in", true, admins));
}

TEST(AccountRules, TheLastActiveAdminCannotBeDemotedOrDisabled) {
    User admin;
    admin.role = Role::Admin;
    UserChanges demote;
    demote.role = Role::Teacher;
    UserChanges disable;
    disable.is_active = false;
    UserChanges rename;
    rename.name = "Asha";
    UserChanges keep_admin;
    keep_admin.role = Role::Admin;

    for (const auto* change : {&demote, &disable}) {
        const auto refused = check_keeps_an_admin(admin, *change, 1);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(check_keeps_an_admin(admin, *change, 2));  // another admin remains
    }
    EXPECT_TRUE(check_keeps_an_admin(admin, rename, 1));
    EXPECT_TRUE(check_keeps_an_admin(admin, keep_admin, 1));

    User teacher;
    teacher.role = Role::Teacher;
    EXPECT_TRUE(check_keeps_an_admin(teacher, disable, 1));  // not an admin: nothing to keep
    User disabled_admin = admin;
    disabled_admin.is_active = false;
    EXPECT_TRUE(check_keeps_an_admin(disabled_admin, demote, 1));  // not the active one
}

}  // namespace
}  // namespace anzan::accounts
