// Who the client is when the server sits behind a reverse proxy. Without TRUSTED_PROXIES the peer
// address is the client, whatever X-Forwarded-For says (anyone can send that header). With it, a
// request from a trusted proxy is attributed to the right-most address in X-Forwarded-For that is
// not itself a trusted proxy. Immutable after parsing; safe from any thread.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/result.hpp"

namespace anzan::http {

class AddressSet {
public:
    // Entries are addresses or networks: "10.0.0.7", "10.0.0.0/8", "::1", "fd00::/8".
    // Invalid, naming the entry, when one is neither.
    static Result<AddressSet> parse(const std::vector<std::string>& entries);
    bool empty() const { return networks_.empty(); }
    // False for text that is not an IP address.
    bool contains(std::string_view address) const;

private:
    struct Network {
        std::array<std::uint8_t, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
        int prefix_bits = 128;
    };
    std::vector<Network> networks_;
};

// The client address for a request whose TCP peer is `peer`.
std::string client_address(std::string_view peer, std::string_view forwarded_for, const AddressSet& trusted);

// IPv4-mapped IPv6 ("::ffff:10.0.0.7") as plain IPv4, so one client has one spelling.
std::string canonical_address(std::string_view address);

}  // namespace anzan::http
