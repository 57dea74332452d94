package org.aftersale.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.aftersale.kernel.NotFoundException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of admin pages as the merchant should see them: an id that does not exist, or
 * belongs to another store, is the not-found page, never a server error.
 */
@ControllerAdvice(annotations = AdminController.class)
class AdminProblems {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
