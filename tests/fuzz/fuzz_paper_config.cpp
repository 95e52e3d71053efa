// Fuzzes worksheet configs end to end through the generator: the wire parser, validation,
// generation within the work budget, the wire shape of the result and reading it back.
#include <cstdint>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "papers/generator/generator.hpp"
#include "papers/generator/wire.hpp"
#include "platform/json_depth.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (anzan::json_nests_deeper_than(text)) return 0;  // the body parser refuses these first
    const auto body = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded()) return 0;
    auto config = anzan::papers::parse_paper_config(body);
    if (config) {
        const std::uint64_t seed = size > 0 ? data[0] : 0;
        if (anzan::papers::validate_config(*config)) {
            auto paper = anzan::papers::generate_paper(*config, seed);
            if (!paper) std::abort();  // validate_config promised every seed works
            if (!anzan::papers::check_paper_size(paper->blocks)) std::abort();
            const auto wire = anzan::papers::to_json(*paper);
            auto back = anzan::papers::parse_generated_blocks(wire);
            if (!back || back->blocks.size() != paper->blocks.size()) std::abort();
        }
    }
    (void)anzan::papers::parse_generated_blocks(body);
    return 0;
}
