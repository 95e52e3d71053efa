#include "platform/http/client_address.hpp"

#include <arpa/inet.h>

#include <cstring>
#include <optional>

namespace anzan::http {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// The address as 16 bytes (IPv4 mapped into IPv6), or nullopt when it is not an address.
std::optional<std::array<std::uint8_t, 16>> address_bytes(std::string_view text, bool* is_v4 = nullptr) {
    if (text.empty() || text.size() > 45) return std::nullopt;
    const std::string copy(text);
    std::array<std::uint8_t, 16> bytes{};
    in_addr v4{};
    if (inet_pton(AF_INET, copy.c_str(), &v4) == 1) {
        bytes[10] = bytes[11] = 0xFF;
        std::memcpy(bytes.data() + 12, &v4, 4);
        if (is_v4) *is_v4 = true;
        return bytes;
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, copy.c_str(), &v6) == 1) {
        std::memcpy(bytes.data(), &v6, 16);
        if (is_v4) *is_v4 = false;
        return bytes;
    }
    return std::nullopt;
}

bool prefix_matches(const std::array<std::uint8_t, 16>& a, const std::array<std::uint8_t, 16>& b, int bits) {
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const int take = bits >= 8 ? 8 : bits;
        const auto mask = static_cast<std::uint8_t>(0xFF << (8 - take));
        if ((a[static_cast<size_t>(i)] & mask) != (b[static_cast<size_t>(i)] & mask)) return false;
    }
    return true;
}

}  // namespace

Result<AddressSet> AddressSet::parse(const std::vector<std::string>& entries) {
    AddressSet set;
    for (const auto& entry : entries) {
        const auto slash = entry.find('/');
        const std::string_view address = std::string_view(entry).substr(0, slash);
        bool is_v4 = false;
        const auto bytes = address_bytes(address, &is_v4);
        const Error bad = Error::invalid("TRUSTED_PROXIES entries must be addresses or networks like 10.0.0.0/8 (got '" +
                                         entry + "')");
        if (!bytes) return bad;
        Network network{*bytes, 128};
        if (slash != std::string::npos) {
            const std::string bits = entry.substr(slash + 1);
            const int max_bits = is_v4 ? 32 : 128;
            if (bits.empty() || bits.size() > 3 || bits.find_first_not_of("0123456789") != std::string::npos) return bad;
            const int value = std::stoi(bits);
            if (value > max_bits) return bad;
            network.prefix_bits = is_v4 ? 96 + value : value;
        }
        set.networks_.push_back(network);
    }
    return set;
}

bool AddressSet::contains(std::string_view address) const {
    const auto bytes = address_bytes(trim(address));
    if (!bytes) return false;
    for (const auto& network : networks_)
        if (prefix_matches(*bytes, network.bytes, network.prefix_bits)) return true;
    return false;
}

std::string canonical_address(std::string_view address) {
    constexpr std::string_view kMapped = "::ffff:";
    if (address.size() > kMapped.size() && address.substr(0, kMapped.size()) == kMapped &&
        address.find('.') != std::string_view::npos)
        return std::string(address.substr(kMapped.size()));
    return std::string(address);
}

std::string client_address(std::string_view peer, std::string_view forwarded_for, const AddressSet& trusted) {
    const std::string peer_address = canonical_address(peer);
    if (trusted.empty() || forwarded_for.empty() || !trusted.contains(peer_address)) return peer_address;
    // Right to left: each trusted proxy appended the address it saw; the first one we do not
    // trust is the client. Entries further left were written by the client and mean nothing.
    std::string_view rest = forwarded_for;
    while (!rest.empty()) {
        const auto comma = rest.rfind(',');
        const std::string_view entry = trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
        if (!address_bytes(entry)) return peer_address;  // a trusted proxy wrote garbage: believe the peer
        if (!trusted.contains(entry)) return canonical_address(entry);
        if (comma == std::string_view::npos) return canonical_address(entry);  // all trusted: the left-most
        rest = rest.substr(0, comma);
    }
    return peer_address;
}

}  // namespace anzan::http
