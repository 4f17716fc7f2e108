/** Demo data from the seeds, for the run command and the tests; off in production. */
package org.minutebook.demo;
