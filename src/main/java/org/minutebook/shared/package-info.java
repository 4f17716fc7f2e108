/** What every feature shares: the audited base entity and the clock. Depends on no feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.minutebook.shared;
