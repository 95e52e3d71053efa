// Statements cached per pooled connection: re-executed with new values they see fresh data, and a
// finished read releases SQLite's snapshot so checkpoints and later writes on the connection work.
#include <gtest/gtest.h>

#include <filesystem>

#include "platform/db/database.hpp"

namespace anzan::db {
namespace {

struct ValueById {
    explicit ValueById(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(value));
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare("SELECT v FROM t WHERE id = :id");
        statement.define_and_bind();
    }
    long long id = 0;
    std::string value;
    soci::statement statement;
};

class PreparedStatementsTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("anzan-prepared-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        auto url = parse_database_url("sqlite:///" + (dir_ / "t.db").string());
        ASSERT_TRUE(url.has_value());
        // One connection, so every lease gets the same session and the same cache.
        auto opened = Database::open(*url, 1);
        ASSERT_TRUE(opened.has_value());
        db_ = *opened;
        auto other = Database::open(*url, 1);
        ASSERT_TRUE(other.has_value());
        other_ = *other;
        auto session = db_->session();
        session.sql() << "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)";
        session.sql() << "INSERT INTO t VALUES (1, 'one'), (2, 'two')";
    }
    void TearDown() override {
        db_.reset();
        other_.reset();
        std::filesystem::remove_all(dir_);
    }
    std::string lookup(long long id, bool finish = true) {
        auto session = db_->session();
        auto& query = session.prepared().get<ValueById>(session.sql());
        query.id = id;
        query.value.clear();
        if (!query.statement.execute(true)) return "<none>";
        if (finish) finish_read(session.sql(), query.statement);
        return query.value;
    }
    // Commits a change of row 1 through the other database's connection.
    void write_from_other_connection(const std::string& value) {
        auto tx = other_->begin();
        ASSERT_TRUE(tx.has_value());
        tx->sql() << "UPDATE t SET v = :v WHERE id = 1", soci::use(value);
        ASSERT_TRUE(tx->commit().has_value());
    }
    // WAL frames a passive checkpoint could not copy back: frames written after a snapshot that some
    // connection still holds stay behind (a passive checkpoint never waits).
    int frames_left_after_checkpoint() {
        auto session = other_->session();
        int busy = -1, log = 0, done = 0;
        session.sql() << "PRAGMA wal_checkpoint(PASSIVE)", soci::into(busy), soci::into(log), soci::into(done);
        return log - done;
    }
    std::filesystem::path dir_;
    std::shared_ptr<Database> db_, other_;
};

TEST_F(PreparedStatementsTest, ReExecutesWithNewValuesOnOneConnection) {
    EXPECT_EQ(lookup(1), "one");
    EXPECT_EQ(lookup(2), "two");
    EXPECT_EQ(lookup(3), "<none>");
    auto session = db_->session();
    EXPECT_EQ(&session.prepared().get<ValueById>(session.sql()), &session.prepared().get<ValueById>(session.sql()));
}

TEST_F(PreparedStatementsTest, SeesWritesFromOtherConnections) {
    EXPECT_EQ(lookup(1), "one");
    write_from_other_connection("uno");
    EXPECT_EQ(lookup(1), "uno");
}

TEST_F(PreparedStatementsTest, AFinishedReadReleasesTheSnapshot) {
    EXPECT_EQ(lookup(1), "one");
    write_from_other_connection("uno");
    EXPECT_EQ(frames_left_after_checkpoint(), 0);
    // The same connection can then write.
    auto tx = db_->begin();
    ASSERT_TRUE(tx.has_value());
    tx->sql() << "UPDATE t SET v = 'eins' WHERE id = 1";
    EXPECT_TRUE(tx->commit().has_value());
}

TEST_F(PreparedStatementsTest, WithoutFinishingTheReadHoldsTheSnapshot) {
    // The control for the test above: proves the checkpoint probe notices a held snapshot.
    EXPECT_EQ(lookup(1, /*finish=*/false), "one");
    write_from_other_connection("uno");
    EXPECT_GT(frames_left_after_checkpoint(), 0);
}

TEST_F(PreparedStatementsTest, ForgetPreparesAfresh) {
    EXPECT_EQ(lookup(1), "one");
    auto session = db_->session();
    session.prepared().forget<ValueById>();
    session.sql() << "ALTER TABLE t ADD COLUMN w TEXT";
    auto& query = session.prepared().get<ValueById>(session.sql());
    query.id = 2;
    ASSERT_TRUE(query.statement.execute(true));
    EXPECT_EQ(query.value, "two");
    finish_read(session.sql(), query.statement);
}

}  // namespace
}  // namespace anzan::db
