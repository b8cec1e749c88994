// precis: extractive multi-document summarization of news, French first.
//
//   #include <precis/precis.h>
//
//   precis::Summary summary = precis::Summarize({{"a", text_a}, {"b", text_b}});
//   std::cout << precis::Render(summary, precis::OutputFormat::kText, {});
//
// Include this header alone; the others are its parts.
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include "precis/batch.h"
#include "precis/document.h"
#include "precis/error.h"
#include "precis/options.h"
#include "precis/summarizer.h"
#include "precis/version.h"

#endif  // PRECIS_PRECIS_H_
