// PrinterBolt and LogInfoBolt (see printer_bolts.h).
#include "printer_bolts.h"

#include <iostream>

#include "arg_checks.h"
#include "value_text.h"

namespace teacup::core {

LinePrinterBolt::LinePrinterBolt(std::ostream& out) : m_out(out) {}

void LinePrinterBolt::declareOutputFields(OutputFieldsDeclarer& declarer) const { (void)declarer; }

void LinePrinterBolt::prepare(const Config& conf, TopologyContext& context) {
    (void)conf;
    m_prefix = context.thisComponentId() + "[" + std::to_string(context.thisTaskId()) + "]: ";
}

void LinePrinterBolt::execute(const Tuple& input, BasicOutputCollector& collector) {
    (void)collector;
    m_out << (m_prefix + formatValues(input.values()) + "\n") << std::flush;
}

std::unique_ptr<BasicBolt> makePrinterBolt(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "PrinterBolt")) return nullptr;
    return std::make_unique<LinePrinterBolt>(std::cout);
}

std::unique_ptr<BasicBolt> makeLogInfoBolt(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "LogInfoBolt")) return nullptr;
    return std::make_unique<LinePrinterBolt>(std::cerr);
}

void registerPrinterBolts(PluginRegistrar& registrar) {
    registrar.registerBasicBolt("teacup.core.PrinterBolt", makePrinterBolt,
                                {"Prints every input as \"component[task]: [values]\" on standard output.",
                                 "no constructorArgs", "none"});
    const ComponentDoc logDoc{"Flux's LogInfoBolt: writes every input as \"component[task]: [values]\" to standard "
                              "error (Storm logs it at INFO).",
                              "no constructorArgs", "none"};
    registrar.registerBasicBolt("org.apache.storm.flux.wrappers.bolts.LogInfoBolt", makeLogInfoBolt, logDoc);
    registrar.registerBasicBolt("teacup.core.LogInfoBolt", makeLogInfoBolt, logDoc);
}

} // namespace teacup::core
