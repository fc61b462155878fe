package fr.pilotis.shared.files;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    List<StoredFile> findByIdIn(Collection<Long> ids);
}
