package org.tenderwatch.management;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.security.Principal;

/**
 * Hands the principal the filter set to endpoints that ask for one, as Micronaut's health endpoint does to decide
 * whether to show details. Micronaut Security does this itself when present, so this steps aside then.
 */
@Singleton
@Requires(missingClasses = "io.micronaut.security.filters.SecurityFilter")
class OperatorPrincipalBinder implements TypedRequestArgumentBinder<Principal> {

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        return () -> source.getUserPrincipal();
    }
}
