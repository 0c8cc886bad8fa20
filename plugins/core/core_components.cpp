// Registers every family of the core pack (each family file registers its own classes).
#include "core_components.h"

#include "bench_components.h"
#include "fail_every_nth.h"
#include "fixed_tuple_spout.h"
#include "json_lines_spout.h"
#include "n_grouping.h"
#include "printer_bolts.h"
#include "random_sentence_spout.h"
#include "storm_test_bolts.h"
#include "storm_test_spouts.h"
#include "word_bolts.h"

namespace teacup::core {

void registerCoreComponents(PluginRegistrar& registrar) {
    registerRandomSentenceSpout(registrar);
    registerJsonLinesSpout(registrar);
    registerWordBolts(registrar);
    registerBenchComponents(registrar);
    registerPrinterBolts(registrar);
    registerFailEveryNth(registrar);
    registerFixedTupleSpouts(registrar);
    registerStormTestSpouts(registrar);
    registerStormTestBolts(registrar);
    registerNGrouping(registrar);
}

} // namespace teacup::core
