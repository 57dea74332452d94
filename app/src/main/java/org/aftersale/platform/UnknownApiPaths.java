package org.aftersale.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/} that names no operation answers a problem, like every other
 * API error; elsewhere the not-found page stays.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownApiPaths {

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Exception ex) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API operation at " + request.getMethod()
					+ " " + request.getRequestURI() + "; see /v3/api-docs"));
	}

}
