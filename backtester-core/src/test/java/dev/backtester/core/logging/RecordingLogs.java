package dev.backtester.core.logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider for core's tests that keeps the key-value events of the loggers a test asks
 * for ({@link #record}); every other logger is off, so the rest of the suite logs nothing.
 */
public final class RecordingLogs implements SLF4JServiceProvider {
    private static final Map<String, List<Map<String, Object>>> RECORDED = new ConcurrentHashMap<>();

    /** Starts keeping the events of {@code loggerName} (forgetting earlier ones); returns the live list. */
    public static List<Map<String, Object>> record(String loggerName) {
        List<Map<String, Object>> events = java.util.Collections.synchronizedList(new ArrayList<>());
        RECORDED.put(loggerName, events);
        return events;
    }

    /** Stops keeping the events of {@code loggerName}. */
    public static void stop(String loggerName) {
        RECORDED.remove(loggerName);
    }

    private final ILoggerFactory factory = RecordingLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    /** A logger enabled at every level while its name is recorded. */
    private static final class RecordingLogger extends LegacyAbstractLogger implements LoggingEventAware {
        RecordingLogger(String name) {
            this.name = name;
        }

        private boolean on() {
            return RECORDED.containsKey(name);
        }

        @Override
        public boolean isTraceEnabled() {
            return on();
        }

        @Override
        public boolean isDebugEnabled() {
            return on();
        }

        @Override
        public boolean isInfoEnabled() {
            return on();
        }

        @Override
        public boolean isWarnEnabled() {
            return on();
        }

        @Override
        public boolean isErrorEnabled() {
            return on();
        }

        @Override
        public void log(LoggingEvent event) {
            List<Map<String, Object>> events = RECORDED.get(name);
            if (events == null) {
                return;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("level", event.getLevel());
            values.put("message", event.getMessage());
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair pair : event.getKeyValuePairs()) {
                    values.put(pair.key, pair.value);
                }
            }
            events.add(values);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                                                   Throwable throwable) {
            List<Map<String, Object>> events = RECORDED.get(name);
            if (events != null) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("level", level);
                values.put("message", message);
                events.add(values);
            }
        }
    }

}
