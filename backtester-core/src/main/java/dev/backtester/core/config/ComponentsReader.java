package dev.backtester.core.config;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.core.regime.Regimes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code components}: indicators, signals, sizing, risk rules and the regime filter, into a builder. */
final class ComponentsReader {
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ComponentMaker maker;

    ComponentsReader(ComponentMaker maker) {
        this.maker = maker;
    }

    void read(ConfigValue components, StrategyBuilder builder) {
        Optional<ConfigMap> map = components.asMap();
        if (map.isEmpty()) {
            return;
        }
        ConfigMap blocks = map.get();
        // indicators first: conditions refer to them by id
        ConfigValue indicators = blocks.get("indicators");
        if (!indicators.isNullOrAbsent()) {
            indicators(indicators, builder);
        }
        new SignalsReader(maker).read(blocks.require("signals"), builder);
        ConfigValue sizing = blocks.require("sizing");
        if (!sizing.isNullOrAbsent()) {
            TypedBlock.read(sizing).flatMap(block -> maker.make(ComponentKind.SIZER, PositionSizer.class, block.name(),
                    block.nameAt(), block.params())).ifPresent(builder::sizing);
        }
        ConfigValue risk = blocks.get("risk");
        if (!risk.isNullOrAbsent()) {
            risk(risk, builder);
        }
        ConfigValue regime = blocks.get("regime");
        if (!regime.isNullOrAbsent()) {
            regime(regime, builder);
        }
        blocks.rejectUnknownKeys("components");
    }

    private void indicators(ConfigValue indicators, StrategyBuilder builder) {
        Map<String, String> firstUse = new HashMap<>();
        for (ConfigValue item : indicators.asList().orElse(List.of())) {
            Optional<NamedEntry> entry = NamedEntry.read(item);
            if (entry.isEmpty()) {
                continue;
            }
            String type = entry.get().name();
            ConfigValue idValue = entry.get().params().get("id");
            String id = idValue.isNullOrAbsent() ? type : idValue.asText().orElse(type);
            boolean idOk = checkId(id, idValue.isPresent() ? idValue : entry.get().nameAt(), firstUse, item.path());
            Optional<IndicatorSpec<?>> spec = maker.indicator(type, entry.get().nameAt(), entry.get().params());
            if (spec.isPresent() && idOk) {
                List<Series> outputs = builder.indicator(new OutputsSpec(spec.get()));
                maker.scope().declare(new IndicatorScope.Declared(id, type, spec.get().outputNames(), outputs));
            } else if (idOk) {
                maker.scope().declareBroken(id, type);
            }
        }
    }

    private static boolean checkId(String id, ConfigValue at, Map<String, String> firstUse, String path) {
        if (!ID.matcher(id).matches()) {
            at.error("indicator id must be letters, digits and underscores, got '" + id + "'");
            return false;
        }
        if (IndicatorScope.isPriceField(id)) {
            at.error("indicator id '" + id + "' is a price field name; choose another 'id'");
            return false;
        }
        String earlier = firstUse.putIfAbsent(id, path);
        if (earlier != null) {
            at.error("indicator id '" + id + "' is already used by " + earlier + "; give this one its own 'id'");
            return false;
        }
        return true;
    }

    private void risk(ConfigValue risk, StrategyBuilder builder) {
        List<RiskRule> rules = new ArrayList<>();
        for (ConfigValue item : risk.asList().orElse(List.of())) {
            NamedEntry.read(item).flatMap(entry -> maker.make(ComponentKind.RISK_RULE, RiskRule.class, entry.name(),
                    entry.nameAt(), entry.params())).ifPresent(rules::add);
        }
        builder.risk(rules.toArray(RiskRule[]::new));
    }

    private void regime(ConfigValue regime, StrategyBuilder builder) {
        Optional<ConfigMap> map = regime.asMap();
        if (map.isEmpty()) {
            return;
        }
        ConfigMap block = map.get();
        ConfigValue enabledValue = block.get("enabled");
        boolean enabled = enabledValue.isNullOrAbsent() || enabledValue.asBoolean().orElse(false);
        // no classifier named: the original design's bull/neutral/bear classifier
        ConfigValue classifierValue = block.get("classifier");
        Optional<RegimeClassifier> classifier = classifierValue.isNullOrAbsent() ? Optional.of(Regimes.combined())
                : TypedBlock.read(classifierValue).flatMap(b -> maker.make(ComponentKind.REGIME_CLASSIFIER,
                        RegimeClassifier.class, b.name(), b.nameAt(), b.params()));
        ConfigValue allowedValue = block.require("allowed");
        LinkedHashSet<String> allowed = new LinkedHashSet<>();
        boolean labelsOk = true;
        if (!allowedValue.isNullOrAbsent()) {
            Optional<List<ConfigValue>> labels = allowedValue.asList();
            for (ConfigValue label : labels.orElse(List.of())) {
                Optional<String> text = label.asText();
                // a classifier that failed to build was reported already; its labels are not checked
                String problem = text.map(t -> Regimes.labelProblem(t, classifier.orElse(null))).orElse(null);
                if (problem != null) {
                    label.error(problem);
                    labelsOk = false;
                } else {
                    text.ifPresent(allowed::add);
                }
            }
            if (labels.isPresent() && labels.get().isEmpty()) {
                allowedValue.error("needs at least one regime label, e.g. [bull, neutral]");
            }
        }
        ConfigValue thresholdValue = block.get("confidence_threshold");
        double threshold = 0;
        if (!thresholdValue.isNullOrAbsent()) {
            threshold = thresholdValue.asNumber().orElse(0);
            if (!Range.closed(0, 1).contains(threshold)) {
                thresholdValue.error("must be a number in [0, 1], got " + thresholdValue.describe());
            }
        }
        block.rejectUnknownKeys("components.regime");
        // a disabled block is still checked, so switching it on later cannot reveal old mistakes
        if (enabled && classifier.isPresent() && labelsOk && !allowed.isEmpty() && Range.closed(0, 1).contains(threshold)) {
            builder.regime(new RegimeFilter(classifier.get(), allowed, threshold));
        }
    }
}
