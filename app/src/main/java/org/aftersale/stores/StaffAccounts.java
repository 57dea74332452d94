package org.aftersale.stores;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface StaffAccounts extends CrudRepository<StaffAccount, UUID> {

	@Query("select * from stores.staff_account where email = :email")
	Optional<StaffAccount> findByEmail(String email);

	@Query("""
			select a.* from stores.staff_account a
			where exists (select 1 from stores.store_membership m where m.staff_account_id = a.id and m.store_id = :storeId)
			order by a.email
			""")
	List<StaffAccount> findMembersOf(UUID storeId);

	@Query("""
			select a.* from stores.staff_account a
			where exists (select 1 from stores.store_membership m
			              where m.staff_account_id = a.id and m.store_id = :storeId and m.role = 'OWNER')
			""")
	List<StaffAccount> findOwnersOf(UUID storeId);

}
