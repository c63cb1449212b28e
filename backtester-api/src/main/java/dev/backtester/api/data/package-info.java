/** Market data as the engine sees it: immutable column arrays per symbol and the providers that load them. */
package dev.backtester.api.data;
