/**
 * The application: {@link dev.paperboy.app.Main} and its commands (picocli), configuration loading with its
 * precedence (built-in defaults, config file, environment, {@code --set}), and {@link dev.paperboy.app.Wiring},
 * the one place the object graph is built by hand.
 */
package dev.paperboy.app;
