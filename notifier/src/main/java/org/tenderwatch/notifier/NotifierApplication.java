package org.tenderwatch.notifier;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the notifier service. The OpenAPI description is generated at build time and served at /swagger/. */
@OpenAPIDefinition(info = @Info(title = "tender-watch-notifier", version = "1",
        description = "Subscriptions to alerts about UK public-contract notices for NHS clinical insourcing and outsourcing"))
@SecurityScheme(name = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "NOTIFIER_ADMIN_TOKEN from the service's environment")
public final class NotifierApplication {

    private NotifierApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(NotifierApplication.class, args);
    }
}
