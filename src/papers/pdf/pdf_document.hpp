// PdfDocument: an A4 cairo PDF surface that writes into memory, and the cairo context to draw on
// it. One per render; not shared between threads.
#pragma once
#include <cairo.h>

#include <memory>
#include <string>

#include "platform/result.hpp"

namespace anzan::papers::pdf {

class PdfDocument {
  public:
    // Internal when cairo cannot create the surface (out of memory). `title` becomes the file's
    // Title metadata.
    static Result<std::unique_ptr<PdfDocument>> create(const std::string& title);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    cairo_t* cairo() const { return cairo_; }
    // Ends the current page and starts a new one.
    void show_page();
    // Ends the last page and returns the file's bytes. Internal if cairo failed at any point.
    // REQUIRES: called once, as the last call.
    Result<std::string> finish();

  private:
    PdfDocument() = default;
    static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);

    // The surface writes here through `append`, which holds `this`: hence no moves or copies.
    std::string bytes_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cairo_ = nullptr;
};

}  // namespace anzan::papers::pdf
