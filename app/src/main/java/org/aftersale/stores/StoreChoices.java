package org.aftersale.stores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.ResultSetExtractor;

class StoreChoices implements ResultSetExtractor<List<Team.StoreChoice>> {

	@Override
	public List<Team.StoreChoice> extractData(ResultSet rs) throws SQLException {
		List<Team.StoreChoice> choices = new ArrayList<>();
		while (rs.next()) {
			choices.add(new Team.StoreChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					StoreRole.valueOf(rs.getString(4))));
		}
		return choices;
	}

}
