// The heading a worksheet prints above an untitled block is the catalogue's label of its type
// (the labels themselves are pinned in papers_generator_catalogue_test.cpp).
#include <gtest/gtest.h>

#include "papers/generator/catalogue.hpp"
#include "papers/pdf/block_title.hpp"

namespace anzan::papers::pdf {
namespace {

TEST(PdfCatalogue, AnUntitledBlockIsHeadedByItsTypesCatalogueLabel) {
    ASSERT_FALSE(gen::question_type_catalogue().empty());
    for (const gen::QuestionTypeSpec& type : gen::question_type_catalogue()) {
        BlockConfig config;
        config.type = std::string(type.name);
        EXPECT_EQ(block_heading(config), type.label) << type.name;
        config.title = "  ";
        EXPECT_EQ(block_heading(config), type.label) << type.name << " with a blank title";
    }
}

}  // namespace
}  // namespace anzan::papers::pdf
