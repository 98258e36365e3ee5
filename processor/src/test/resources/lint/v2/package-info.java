/** The lint test model. */
package app;
