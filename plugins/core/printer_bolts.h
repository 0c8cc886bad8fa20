// Bolts whose job is to show tuples: PrinterBolt (stdout, storm-starter's PrinterBolt) and
// LogInfoBolt (stderr, Flux's LogInfoBolt). They are component code, so writing is allowed.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/plugin.h>

namespace teacup::core {

// Writes "component[task]: [v1, v2]" for every input, one whole line per write so lines of
// tasks on different threads do not interleave, then flushes so piped output stays live.
// Declares no stream. `out` must outlive the bolt (std::cout / std::cerr in the plugin).
class LinePrinterBolt : public BasicBolt {
public:
    explicit LinePrinterBolt(std::ostream& out);
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void prepare(const Config& conf, TopologyContext& context) override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    std::ostream& m_out;
    std::string m_prefix;
};

// teacup.core.PrinterBolt writes to stdout; org.apache.storm.flux.wrappers.bolts.LogInfoBolt
// (alias teacup.core.LogInfoBolt) writes to stderr, where Storm would log at INFO.
std::unique_ptr<BasicBolt> makePrinterBolt(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeLogInfoBolt(const ComponentArgs& args);
void registerPrinterBolts(PluginRegistrar& registrar);

} // namespace teacup::core
