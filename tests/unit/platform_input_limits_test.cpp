// Bounds on what arrives from outside: JSON nesting, printable text, client addresses behind
// proxies, and the per-caller heavy-work gate.
#include <gtest/gtest.h>

#include "platform/http/client_address.hpp"
#include "platform/http/work_gate.hpp"
#include "platform/json_depth.hpp"
#include "platform/text.hpp"

namespace anzan {
namespace {

TEST(JsonDepth, CountsOnlyRealNesting) {
    EXPECT_FALSE(json_nests_deeper_than("{}", 1));
    EXPECT_TRUE(json_nests_deeper_than("[[]]", 1));
    EXPECT_FALSE(json_nests_deeper_than(R"({"a":[1,{"b":2}]})", 3));
    EXPECT_TRUE(json_nests_deeper_than(R"({"a":[1,{"b":[2]}]})", 3));
    // Brackets inside strings, escaped quotes included, are text.
    EXPECT_FALSE(json_nests_deeper_than(R"({"a":"[[[[[[[[\"[[[["})", 1));
    EXPECT_TRUE(json_nests_deeper_than(std::string(100000, '[') + std::string(100000, ']')));
    EXPECT_FALSE(json_nests_deeper_than(std::string(64, '[') + std::string(64, ']')));
    EXPECT_TRUE(json_nests_deeper_than(std::string(65, '{')));
    // Unbalanced closers never make the count negative and hide a deep part.
    EXPECT_TRUE(json_nests_deeper_than("]]]]" + std::string(65, '['), 64));
}

TEST(PrintableText, RefusesAndReplacesWhatPdfsCannotShow) {
    EXPECT_TRUE(is_printable_text("Addition – level 3 ✓\n\tok"));
    for (const char* bad : {"\xEF\xBF\xBF", "\xEF\xBF\xBE", "\xEF\xB7\x90", "\xEF\xB7\xAF", "\xF0\x9F\xBF\xBF",
                            "\xF4\x8F\xBF\xBE", "a\x01b", "\x7F", "\xC2\x85", "\xC0\xAE", "\xED\xA0\x80", "\xFF", "\xE2\x82"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(is_printable_text(bad));
        EXPECT_TRUE(is_printable_text(printable_text(bad)));
    }
    EXPECT_EQ(printable_text("Title\xEF\xBF\xBF!"), "Title\xEF\xBF\xBD!");
    EXPECT_EQ(printable_text(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
    EXPECT_TRUE(is_well_formed_utf8("\xF0\x9F\x98\x80"));
    EXPECT_FALSE(is_well_formed_utf8("\xF8\x88\x80\x80\x80"));
}

TEST(ClientAddress, PeerUnlessAProxyWeTrustSaysOtherwise) {
    const auto none = http::AddressSet::parse({}).value();
    EXPECT_EQ(http::client_address("10.0.0.5", "1.2.3.4", none), "10.0.0.5");  // anyone can send the header
    const auto proxies = http::AddressSet::parse({"10.0.0.0/8", "::1"}).value();
    EXPECT_EQ(http::client_address("10.0.0.5", "203.0.113.7", proxies), "203.0.113.7");
    EXPECT_EQ(http::client_address("10.0.0.5", "", proxies), "10.0.0.5");
    // The client's own left-most entries are ignored: the right-most untrusted one is the client.
    EXPECT_EQ(http::client_address("10.0.0.5", "6.6.6.6, 203.0.113.7, 10.1.1.1", proxies), "203.0.113.7");
    EXPECT_EQ(http::client_address("192.0.2.1", "203.0.113.7", proxies), "192.0.2.1");  // untrusted peer
    EXPECT_EQ(http::client_address("10.0.0.5", "garbage", proxies), "10.0.0.5");
    EXPECT_EQ(http::client_address("::1", "2001:db8::7", proxies), "2001:db8::7");
    EXPECT_EQ(http::client_address("::ffff:10.0.0.5", "203.0.113.7", proxies), "203.0.113.7");
    EXPECT_EQ(http::client_address("10.0.0.5", "10.0.0.6, 10.0.0.7", proxies), "10.0.0.6");
    EXPECT_EQ(http::canonical_address("::ffff:192.0.2.1"), "192.0.2.1");
    for (const char* bad : {"10.0.0.0/33", "nonsense", "10.0.0.1/x", "::1/129", ""}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(http::AddressSet::parse({bad}).has_value());
    }
}

TEST(WorkGate, LimitsEachKeyAndForgetsIdleKeys) {
    http::WorkGate gate(2);
    {
        auto first = gate.try_acquire("user:1");
        auto second = gate.try_acquire("user:1");
        ASSERT_TRUE(first && second);
        EXPECT_FALSE(gate.try_acquire("user:1"));  // the third waits for one to finish
        EXPECT_TRUE(gate.try_acquire("user:2"));   // others are not held up
        EXPECT_EQ(gate.held("user:1"), 2);
    }
    EXPECT_EQ(gate.held("user:1"), 0);
    EXPECT_EQ(gate.key_count(), 0u);  // no entry outlives its slots
    EXPECT_TRUE(gate.try_acquire("user:1"));
}

}  // namespace
}  // namespace anzan
