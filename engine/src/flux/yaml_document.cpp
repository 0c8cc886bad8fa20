// First-document parsing plus a bounded scan for further documents (see yaml_document.h).
#include "flux/yaml_document.h"

#include <sstream>

#include <yaml-cpp/eventhandler.h>

namespace teacup::flux {

namespace {

// Records where each document starts and ignores everything else.
class DocumentStarts : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> last;
    void OnDocumentStart(const YAML::Mark& mark) override { last = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

bool samePlace(const YAML::Mark& a, const YAML::Mark& b) {
    return a.pos == b.pos && a.line == b.line && a.column == b.column;
}

} // namespace

YamlDocument parseYamlDocument(const std::string& text) {
    YamlDocument doc;
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStarts starts;
    // At most two documents matter: the topology and the proof that there is another one.
    if (!parser.HandleNextDocument(starts)) return doc;
    doc.empty = false;
    const YAML::Mark first = starts.last.value_or(YAML::Mark::null_mark());
    if (parser.HandleNextDocument(starts)) {
        if (starts.last && samePlace(*starts.last, first)) doc.stuckAt = first;
        else doc.secondDocument = starts.last.value_or(YAML::Mark::null_mark());
    }
    if (!doc.stuckAt) doc.root = YAML::Load(text);
    return doc;
}

} // namespace teacup::flux
