// Proves the pure part of src/platform/db/backup.cpp: the stamp in backup file names.
#include <gtest/gtest.h>

#include "platform/db/backup.hpp"

namespace anzan::db {
namespace {

TEST(BackupStamp, IsCompactUtc) {
    EXPECT_EQ(backup_stamp("2026-11-26 08:10:34"), "20261126-081034");
    EXPECT_EQ(backup_stamp("2026-01-02T03:04:05"), "20260102-030405");
}

}  // namespace
}  // namespace anzan::db
