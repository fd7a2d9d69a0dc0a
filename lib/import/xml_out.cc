#include "xml_out.h"

namespace concord::import {

void AppendEscaped(std::string_view text, bool attribute, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        if (attribute) {
          *out += "&quot;";
          break;
        }
        [[fallthrough]];
      default:
        *out += c;
    }
  }
}

XmlOut::XmlOut() { out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlOut::StartTag(std::string_view tag, XmlAttributes attributes) {
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  out_ += '<';
  out_ += tag;
  for (const auto& [name, value] : attributes) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    AppendEscaped(value, true, &out_);
    out_ += '"';
  }
}

void XmlOut::Open(std::string_view tag, XmlAttributes attributes) {
  StartTag(tag, attributes);
  out_ += ">\n";
  ++depth_;
}

void XmlOut::Close(std::string_view tag) {
  --depth_;
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  out_ += "</";
  out_ += tag;
  out_ += ">\n";
}

void XmlOut::Leaf(std::string_view tag, std::string_view text, XmlAttributes attributes) {
  StartTag(tag, attributes);
  out_ += '>';
  AppendEscaped(text, false, &out_);
  out_ += "</";
  out_ += tag;
  out_ += ">\n";
}

void XmlOut::Empty(std::string_view tag, XmlAttributes attributes) {
  StartTag(tag, attributes);
  out_ += "/>\n";
}

}  // namespace concord::import
