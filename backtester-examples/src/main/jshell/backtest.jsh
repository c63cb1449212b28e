// JShell startup script: imports the library and runs one backtest on bundled data.
// From the repository root, after `mvn -q -DskipTests package`:
//   jshell --class-path "backtester-examples/target/classes:$(cat backtester-examples/target/classpath.txt)" backtester-examples/src/main/jshell/backtest.jsh
import dev.backtester.api.*;
import dev.backtester.api.data.*;
import dev.backtester.api.result.*;
import dev.backtester.core.engine.*;
import dev.backtester.core.execution.*;
import dev.backtester.core.sizing.*;
import dev.backtester.core.indicators.*;
import dev.backtester.examples.*;
import static dev.backtester.core.indicators.Indicators.*;

var orcl = BundledData.load("orcl");
var b = StrategyBuilder.named("sma-cross");
var fast = b.indicator(sma(10));
var slow = b.indicator(sma(30));
var strategy = b.entryLong(w -> w.crossedAbove(fast, slow)).exitLong(w -> w.crossedBelow(fast, slow)).sizing(Sizers.percentOfEquity(0.95)).commission(Commissions.percentOfValue(0.001)).build();
var result = Backtest.of(strategy).run(orcl);
System.out.println(result.metrics());
System.out.println("Ready: `orcl` holds the bars, `result` the run. Try result.trades().get(0) or ReportPrinter.");
