package org.aftersale.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of admin pages: the pages get the admin layout's model (navigation, the
 * signed-in staff member, their stores). Plain {@code @Controller}s (shopper pages) and
 * REST controllers do not: filling that model for every API call cost about 5 % of a
 * single-order post's request thread.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface AdminController {

}
