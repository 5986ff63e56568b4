package vn.hocvuso.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A commune-level unit (xã, phường, đặc khu): where every learner lives or works. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public String code;

    public String name;

    public String type;

    public Integer population;

    @Column(name = "area_km2")
    public BigDecimal areaKm2;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "former_names")
    public String[] formerNames;

    public String arrangement;
}
