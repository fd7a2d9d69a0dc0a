#include "akn_walker.h"

#include "akn_elements.h"

#include <cstring>

namespace concord::xml {

AknWalker::AknWalker(const WalkContext& context)
    : ctx_(context),
      text_(context.base, context.lines),
      provisions_(context.doc, context.lines, context.base) {
  frames_.reserve(64);
  ns_.set_unbound_default(context.vocabulary->family);
}

LineColumn AknWalker::StartTag(pugi::xml_node element) {
  return ctx_.lines->Position(static_cast<size_t>(element.name() - ctx_.base) - 1);
}

Status AknWalker::Walk(pugi::xml_node root) {
  pugi::xml_node node = root;
  bool descend = Enter(node);
  for (;;) {
    if (!error_.ok()) return error_;
    if (descend) {
      if (pugi::xml_node child = node.first_child()) {
        node = child;
        descend = Enter(node);
        continue;
      }
    }
    // `node` is done: leave it, then its finished ancestors.
    for (;;) {
      if (node.type() == pugi::node_element) Leave();
      if (node == root) return error_;
      if (pugi::xml_node next = node.next_sibling()) {
        node = next;
        descend = Enter(node);
        break;
      }
      node = node.parent();
    }
  }
}

Status AknWalker::WalkDocument(const pugi::xml_document& tree) {
  pugi::xml_node root = tree.document_element();
  for (pugi::xml_node n = tree.first_child(); n; n = n.next_sibling()) {
    if (n == root) {
      Status status = Walk(root);
      if (!status.ok()) return status;
    } else if (n.type() == pugi::node_pi && std::strcmp(n.name(), "concord-ignore") == 0) {
      AddSuppression(n, -1);
    }
  }
  return Status::Ok();
}

bool AknWalker::Enter(pugi::xml_node node) {
  switch (node.type()) {
    case pugi::node_element: {
      Frame frame;
      if (!frames_.empty()) {
        frame.field = frames_.back().field;
        frame.text = frames_.back().text;
      }
      frame.node = node;
      frame.ns_mark = static_cast<uint32_t>(ns_.mark());
      if (frame.text) RestoreDroppedSpace(node);
      bool descend = false;
      if (frames_.size() >= kMaxElementDepth) {
        LineColumn lc = StartTag(node);
        error_ = Status::Unsupported(
            "element nesting deeper than " + std::to_string(kMaxElementDepth) + " levels",
            Location{*ctx_.path, lc.line, lc.column});
      } else {
        descend = EnterElement(node, &frame);
      }
      frames_.push_back(frame);
      return descend;
    }
    case pugi::node_pcdata:
    case pugi::node_cdata:
      OnText(node);
      return false;
    case pugi::node_pi:
      if (std::strcmp(node.name(), "concord-ignore") == 0) {
        AddSuppression(node, provisions_.current());
      }
      return false;
    default:
      return false;
  }
}

bool AknWalker::EnterElement(pugi::xml_node element, Frame* frame) {
  if (element.first_attribute()) ns_.Declare(element);
  std::string_view local;
  if (ns_.Resolve(element.name(), &local) != ctx_.vocabulary->family) {
    return true;  // foreign markup: inline inside text, see-through outside
  }
  const Role role = ctx_.vocabulary->role(local);
  const bool have_owner = provisions_.current() >= 0;
  if (role == Role::kSkip) return false;
  if (role == Role::kTransparent) return true;
  if (role == Role::kNote) {
    if (!ctx_.options->keep_notes) return false;
    OpenProvision(element, "note", frame, OpenOptions{.note = true});
    return true;
  }
  if (role == Role::kBreak) {
    if (have_owner) TextBuilder::Break(provisions_.field(frame->field).state);
    return false;
  }
  if (role == Role::kDef || role == Role::kTerm || role == Role::kRef || role == Role::kDocTitle) {
    StartCapture(element, frame,
                 role == Role::kDef    ? Action::kDef
                 : role == Role::kTerm ? Action::kTerm
                 : role == Role::kRef  ? Action::kRef
                                       : Action::kTitle);
    return true;
  }
  if (frame->text) {
    // Inside text, structure is text too: quoted sections, headings and
    // tables become lines; numbers run into what follows them.
    if (role == Role::kNum) {
      frame->action = Action::kNumInText;
    } else if (role != Role::kInline && role != Role::kContainer) {
      EnterBlock(frame);
    }
    return true;
  }
  switch (role) {
    case Role::kProvision:
      if (!ctx_.options->keep_notes && local == "hcontainer" &&
          std::strcmp(element.attribute("name").value(), "note") == 0) {
        return false;
      }
      OpenProvision(element, local, frame, OpenOptions{});
      return true;
    case Role::kContainer:
      if (HoldsOwnText(element)) {
        OpenProvision(element, local, frame,
                      OpenOptions{.container = true, .id_transparent = IsIdTransparent(local)});
      }
      return true;
    case Role::kTitle:
      if (!have_owner || !IsHeadingTitle(element)) {
        OpenProvision(element, local, frame, OpenOptions{});
        return true;
      }
      [[fallthrough]];  // AKN 1.0: <title> is the heading of its unit
    case Role::kHeading:
    case Role::kSubheading:
      if (have_owner) {
        frame->field = Field::kHeading;
        FieldBuffer heading = provisions_.field(Field::kHeading);
        if (!heading.text->empty()) TextBuilder::Break(heading.state);
      }
      return true;
    case Role::kNum:
      if (have_owner) {
        frame->field = Field::kNum;
        std::string* num = provisions_.field(Field::kNum).text;
        if (!num->empty()) num->push_back(' ');
      }
      return true;
    case Role::kBlock:
      EnterBlock(frame);
      return true;
    default:  // kInline
      frame->text = true;
      return true;
  }
}

void AknWalker::Leave() {
  const Frame& frame = frames_.back();
  ns_.Restore(frame.ns_mark);
  if (provisions_.current() >= 0) Finish(frame);
  frames_.pop_back();
}

void AknWalker::Finish(const Frame& frame) {
  switch (frame.action) {
    case Action::kClose:
      definitions_.Resolve(frame.event_mark, -1, false, 0, ctx_.doc);
      provisions_.Close();
      break;
    case Action::kBlock:
      TextBuilder::Break(provisions_.field(frame.field).state);
      definitions_.Resolve(
          frame.event_mark,
          frame.inner_block || frame.field == Field::kNum ? -1 : provisions_.current(),
          frame.field == Field::kHeading, frame.capture_start, ctx_.doc);
      break;
    case Action::kNumInText: {
      FieldState* state = provisions_.field(frame.field).state;
      state->pending = ' ';
      state->after_num = true;
      break;
    }
    case Action::kDef:
    case Action::kTerm:
    case Action::kRef:
    case Action::kTitle:
      EndCapture(frame);
      break;
    case Action::kNone:
      break;
  }
}

void AknWalker::OpenProvision(pugi::xml_node element, std::string_view kind, Frame* frame,
                              const OpenOptions& options) {
  if (provisions_.open_count() >= kMaxProvisionDepth) {
    LineColumn lc = StartTag(element);
    error_ = Status::Unsupported(
        "provisions nested deeper than " + std::to_string(kMaxProvisionDepth) + " levels",
        Location{*ctx_.path, lc.line, lc.column});
    return;  // Walk stops at the error before descending
  }
  provisions_.Open(element, kind, options);
  frame->action = Action::kClose;
  frame->field = Field::kText;
  frame->text = false;
  frame->event_mark = static_cast<uint32_t>(definitions_.mark());
}

void AknWalker::EnterBlock(Frame* frame) {
  // Tell the enclosing block of this provision that it holds a block.
  for (size_t i = frames_.size(); i-- > 0;) {
    if (frames_[i].action == Action::kClose) break;
    if (frames_[i].action == Action::kBlock) {
      frames_[i].inner_block = true;
      break;
    }
  }
  frame->text = true;
  frame->action = Action::kBlock;
  frame->event_mark = static_cast<uint32_t>(definitions_.mark());
  if (provisions_.current() < 0) return;
  FieldBuffer field = provisions_.field(frame->field);
  TextBuilder::Break(field.state);
  frame->capture_start = static_cast<uint32_t>(TextBuilder::Flush(field));
}

void AknWalker::StartCapture(pugi::xml_node element, Frame* frame, Action action) {
  frame->text = true;
  if (provisions_.current() < 0 || frame->field == Field::kNum) return;
  if (action == Action::kTitle) {
    std::string_view prefix, local;
    SplitQName(element.name(), &prefix, &local);
    int rank = ctx_.vocabulary->title_rank(local);
    if (title_rank_ != 0 && rank >= title_rank_) return;
    frame->rank = static_cast<uint8_t>(rank);
  }
  frame->action = action;
  frame->capture_start = static_cast<uint32_t>(TextBuilder::Flush(provisions_.field(frame->field)));
  LineColumn lc = StartTag(element);
  frame->line = lc.line;
  frame->column = lc.column;
}

void AknWalker::EndCapture(const Frame& frame) {
  const int32_t owner = provisions_.current();
  const std::string& text = *provisions_.field(frame.field).text;
  uint32_t end = static_cast<uint32_t>(text.size());
  uint32_t start = std::min(frame.capture_start, end);
  std::string_view captured = std::string_view(text).substr(start, end - start);
  switch (frame.action) {
    case Action::kDef:
    case Action::kTerm:
      definitions_.Add(TermEvent{frame.action == Action::kDef, frame.field == Field::kHeading,
                                 owner, start, end, frame.line, frame.column});
      break;
    case Action::kRef: {
      std::string href = DecodeEntities(frame.node.attribute("href").value());
      if (href.empty()) break;
      ctx_.doc->references.push_back(
          Reference{std::move(href), CollapseSpace(captured), owner, frame.line, frame.column});
      break;
    }
    case Action::kTitle: {
      std::string title = CollapseSpace(captured);
      if (!title.empty()) {
        title_ = std::move(title);
        title_rank_ = frame.rank;
      }
      break;
    }
    default:
      break;
  }
}

void AknWalker::RestoreDroppedSpace(pugi::xml_node element) {
  // The parser drops text nodes that are only white space; inside text, one
  // between two elements was a word separator. It is still in the buffer:
  // white space before this start tag, preceded by the end of a tag.
  const char* lt = element.name() - 1;
  if (lt <= ctx_.base || !IsXmlSpace(lt[-1]) || provisions_.current() < 0) return;
  pugi::xml_node previous = element.previous_sibling();
  if (!previous || previous.type() == pugi::node_pcdata || previous.type() == pugi::node_cdata) {
    return;  // a text node keeps its own white space
  }
  const char* p = lt - 1;
  while (p > ctx_.base && IsXmlSpace(*p)) --p;
  if (*p == '>' || *p == '\0') TextBuilder::AppendSpace(provisions_.field(frames_.back().field));
}

void AknWalker::OnText(pugi::xml_node node) {
  if (frames_.empty() || provisions_.current() < 0) return;
  const Frame& top = frames_.back();
  const char* value = node.value();
  if (!top.text && IsAllSpace(value)) return;  // indentation between elements
  text_.Append(provisions_.field(top.field), value, node.type() == pugi::node_pcdata);
}

bool AknWalker::HoldsOwnText(pugi::xml_node container) {
  for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
    pugi::xml_node_type type = c.type();
    if (type == pugi::node_pcdata || type == pugi::node_cdata) {
      if (!IsAllSpace(c.value())) return true;
      continue;
    }
    if (type != pugi::node_element) continue;
    std::string_view local;
    if (ns_.Resolve(c.name(), &local) != ctx_.vocabulary->family) continue;
    switch (ctx_.vocabulary->role(local)) {
      case Role::kBlock:
      case Role::kInline:
      case Role::kNum:
      case Role::kHeading:
      case Role::kSubheading:
      case Role::kDef:
      case Role::kTerm:
      case Role::kRef:
      case Role::kDocTitle:
        return true;
      case Role::kTitle:
        if (IsHeadingTitle(c)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

bool AknWalker::IsHeadingTitle(pugi::xml_node title) {
  for (pugi::xml_node c = title.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view local;
    if (ns_.Resolve(c.name(), &local) != ctx_.vocabulary->family) continue;
    switch (ctx_.vocabulary->role(local)) {
      case Role::kProvision:
      case Role::kContainer:
      case Role::kBlock:
      case Role::kNum:
      case Role::kHeading:
      case Role::kSubheading:
      case Role::kTitle:
        return false;
      default:
        break;
    }
  }
  return true;
}

void AknWalker::AddSuppression(pugi::xml_node pi, int32_t provision) {
  std::string_view value = pi.value();
  while (!value.empty() && IsXmlSpace(value.front())) value.remove_prefix(1);
  size_t space = 0;
  while (space < value.size() && !IsXmlSpace(value[space])) ++space;
  std::string rule(value.substr(0, space));
  std::string reason = CollapseSpace(value.substr(space));
  LineColumn lc = ctx_.lines->Position(static_cast<size_t>(pi.name() - ctx_.base) - 2);
  Location where{*ctx_.path, lc.line, lc.column};
  if (rule.empty()) {
    ctx_.diagnostics->push_back(Diagnostic{DiagnosticLevel::kWarning, where,
                                           "concord-ignore needs a rule id and a reason"});
    return;
  }
  if (reason.empty()) {
    ctx_.diagnostics->push_back(
        Diagnostic{DiagnosticLevel::kWarning, where, "concord-ignore needs a reason"});
  }
  ctx_.doc->suppressions.push_back(
      Suppression{std::move(rule), std::move(reason), provision, lc.line, lc.column});
}

}  // namespace concord::xml
