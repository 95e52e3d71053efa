#include "papers/pdf/pdf_document.hpp"

#include <cairo-pdf.h>
#include <glib.h>

#include <utility>

#include "papers/pdf/page_geometry.hpp"
#include "platform/text.hpp"

namespace anzan::papers::pdf {

Result<std::unique_ptr<PdfDocument>> PdfDocument::create(const std::string& title) {
    std::unique_ptr<PdfDocument> document(new PdfDocument());
    document->surface_ =
        cairo_pdf_surface_create_for_stream(&PdfDocument::append, document.get(), kPageWidth, kPageHeight);
    if (cairo_surface_status(document->surface_) != CAIRO_STATUS_SUCCESS)
        return Error::internal("The worksheet PDF could not be started; please try again.");
    // cairo refuses invalid UTF-8 and noncharacters in metadata and then fails the whole
    // document: repair the title first.
    const std::string printable_title = printable_text(title);
    cairo_pdf_surface_set_metadata(document->surface_, CAIRO_PDF_METADATA_TITLE, printable_title.c_str());
    cairo_pdf_surface_set_metadata(document->surface_, CAIRO_PDF_METADATA_CREATOR, "Anzan");
    document->cairo_ = cairo_create(document->surface_);
    return document;
}

PdfDocument::~PdfDocument() {
    if (cairo_ != nullptr) cairo_destroy(cairo_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

cairo_status_t PdfDocument::append(void* closure, const unsigned char* data, unsigned int length) {
    auto* document = static_cast<PdfDocument*>(closure);
    document->bytes_.append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void PdfDocument::show_page() { cairo_show_page(cairo_); }

Result<std::string> PdfDocument::finish() {
    const cairo_status_t drawing = cairo_status(cairo_);
    cairo_destroy(cairo_);
    cairo_ = nullptr;
    // Finishing writes the trailer through `append`; the surface's status then covers the writes.
    cairo_surface_finish(surface_);
    const cairo_status_t writing = cairo_surface_status(surface_);
    if (drawing != CAIRO_STATUS_SUCCESS || writing != CAIRO_STATUS_SUCCESS)
        return Error::internal("The worksheet PDF could not be rendered; please try again.");
    return std::move(bytes_);
}

}  // namespace anzan::papers::pdf
